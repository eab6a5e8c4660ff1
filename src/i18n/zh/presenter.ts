import type { enPresenter } from '../en/presenter';

/** 演示模式与演讲者备注的中文文本。 */
export const zhPresenter: Record<keyof typeof enPresenter, string> = {
  'cmd.present': '进入或退出演示模式',
  'cmd.blank': '黑屏（任意键恢复）',
  'key.p': 'P',
  'key.b': 'B',
  'key..': '.',
  'key.Escape': 'Esc',
  'presenter.enter': '演示',
  'presenter.enterTitle': '演示模式：只显示放大的图，适合投影（P）',
};
