/**
 * Qingdu's own UI kit: DOM code without extension APIs, shared by the reader (a content script,
 * inside a shadow root) and the options page (an extension page). The settings table says what
 * each setting is; the controls render a row of it; el builds everything else.
 */
export { el, uniqueId } from './dom';
export { checkbox, hostsArea, radios, range, select, stepper, type Control, type Place } from './controls';
export { readSetting, SETTINGS_UI, writeSetting, type BoundSetting, type ChoiceSetting, type HostsSetting, type KeyOf, type Section, type SwitchSetting } from './settings-table';
