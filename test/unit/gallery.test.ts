import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../support/read-article';

const CAPTIONS = [
  '国家卫生健康委13日举行新闻发布会，介绍优质医疗资源扩容下沉和区域均衡布局的有关情况。',
  '截至2022年底，87.7%的县医院达到了二级医院能力，45.6%的县医院达到了三级医院能力。',
  '发布会上还介绍，全国已建设国家区域医疗中心125个，覆盖所有医疗资源薄弱省份。',
];
const IMAGES = ['http://img.example.cn/a.jpg', 'http://img.example.cn/b.jpg', 'http://img.example.cn/c.jpg'];

/** A slideshow page as a portal serves it: slide 1's caption under a counter, the rest in a JSON.parse literal. */
function slideshow(data: unknown, shown = 1, count = CAPTIONS.length): string {
  const literal = JSON.stringify(JSON.stringify(data));
  return `<html><head><title>县医院能力提升 - 图集</title></head><body>
    <div class="gallery"><ul>${IMAGES.map((src) => `<li><img data-src="${src}" alt=""></li>`).join('')}</ul></div>
    <div class="info-box"><h2 class="title">县医院能力提升</h2>
      <div class="abstract"><span class="abstract-index"><em>${shown}</em>/${count}</span> ${CAPTIONS[shown - 1]}</div>
      <span class="time">2023-02-13 11:42:03</span></div>
    <script>var BASE_DATA = {}; BASE_DATA.galleryInfo = { gallery: JSON.parse(${literal}) };</script>
    </body></html>`;
}

const read = (html: string) => readArticle(html, 'http://127.0.0.1/g');

describe('a slideshow shows every slide, as a person clicking through reads it', () => {
  it('reads the captions the page keeps in its data, in order, with their images and without the counter', () => {
    const article = read(slideshow({ count: 3, sub_images: IMAGES.map((url) => ({ url, width: 1500 })), sub_abstracts: CAPTIONS }));
    expect(article.text.split('\n')).toEqual(CAPTIONS);
    for (const src of IMAGES) expect(article.html).toContain(`src="${src}"`);
    expect(article.text).not.toContain('1/3');
    // The publication line after the slide the page shows still dates the article.
    expect(article.published).toBe('2023-02-13');
  });

  it('reads slide objects, and a page saved at a later slide', () => {
    const slides = CAPTIONS.map((note, i) => ({ note, src: IMAGES[i] }));
    const article = read(slideshow({ list: slides }, 2));
    expect(article.text.split('\n')).toEqual(CAPTIONS);
  });

  it('leaves the article alone when the data does not hold that many slides', () => {
    const article = read(slideshow({ sub_abstracts: CAPTIONS.slice(0, 2) }, 1, 3));
    expect(article.text).toContain(CAPTIONS[0]);
    expect(article.text).not.toContain(CAPTIONS[1]);
  });

  it('leaves the article alone when its shown caption is not in the data', () => {
    const article = read(slideshow({ sub_abstracts: ['另一组图片的说明文字，与本页展示的图片无关，共三张。', ...CAPTIONS.slice(1)] }));
    expect(article.text).not.toContain(CAPTIONS[1]);
  });

  it('never runs the page data: a script that is not JSON is ignored, and caption markup stays text', () => {
    const hostile = CAPTIONS.map((c, i) => (i === 1 ? `<img src=x onerror="alert(1)">${c}` : c));
    const article = read(slideshow({ sub_abstracts: hostile }));
    const shown = new JSDOM(article.html).window.document;
    expect(shown.querySelector('img[src="x"], [onerror]')).toBeNull();
    expect(article.text).toContain('<img src=x onerror="alert(1)">截至2022年底');
    expect(article.text).toContain(CAPTIONS[2]);
  });
});
