/** Words with a numeral inside that are not numbers (the figures issue's list), all on the false-friends fixture: never marked. */
export const FALSE_FRIENDS = ['长三角', '三角形', '十分', '一律', '万一', '两块', '四周', '四处', '千万', '九州', '五官', '七彩'];
