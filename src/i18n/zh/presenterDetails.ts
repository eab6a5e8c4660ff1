import type { enPresenterDetails } from '../en/presenterDetails';

/** 演示模式的布局、演讲者备注与帮助：不在首屏，放在第二部分（zh/details.ts）。 */
export const zhPresenterDetails: Record<keyof typeof enPresenterDetails, string> = {
  'ui.help.inPresenter': '演示模式下',
  'presenter.region': '演示',
  'presenter.tools': '演示工具',
  'presenter.leave': '退出（Esc）',
  'presenter.blank': '黑屏（B）',
  'presenter.blanked': '屏幕已变黑。按任意键恢复。',
  'presenter.openNotes': '演讲者备注',
  'presenter.notesBlocked': '浏览器阻止了新窗口。请允许此页面弹出窗口，然后重试。',
  'speakerNotes.title': '演讲者备注',
  'speakerNotes.current': '当前',
  'speakerNotes.next': '下一步',
  'speakerNotes.nextNone': '这是最后一步。',
  'speakerNotes.timer': '用时',
  'speakerNotes.timerNotStarted': '计时器随演示模式开始。',
  'speakerNotes.pause': '暂停计时',
  'speakerNotes.resume': '继续计时',
  'speakerNotes.paused': '已暂停',
};
