import type { enCaptureImport } from '../en/captureImport';

/** 打开抓包文件与从抓包推断状态的中文文本。 */
export const zhCaptureImport: Record<keyof typeof enCaptureImport, string> = {
  'captureImport.drop': '松开鼠标即可打开抓包文件',
  'captureImport.reading': '正在读取 {file}…',
  'captureImport.progress': '已读取 {file} 的 {percent}%',
  'captureImport.failed': '{file}：{message}',
  'captureImport.readError': '无法读取该文件（{reason}）。',
  'captureImport.kept': '屏幕上仍保留之前的运行。',

  'captureImport.picker.option': '打开抓包文件（pcap、pcapng）…',
  'captureImport.picker.pressEnter': '按 Enter 键选择文件。',
  'captureImport.picker.current': '抓包：{file}，流 {stream}',
  'captureImport.panel.badge': '状态由抓包推断',
};
