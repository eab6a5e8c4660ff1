import type { CaptureFilesMessageKey } from '../en/captureFiles';

/** 导出对话框中“用于 Wireshark 和 packetdrill”一节：简体中文。 */
export const zhCaptureFiles: Record<CaptureFilesMessageKey, string> = {
  'captureFiles.heading': '用于 Wireshark 和 packetdrill',
  'captureFiles.side': '从哪一端看',
  'captureFiles.pcap': '下载 pcap',
  'captureFiles.pcap.what.client': '在客户端网卡上抓到的全部报文段，可用 Wireshark 或 tshark 打开。',
  'captureFiles.pcap.what.server': '在服务器网卡上抓到的全部报文段，可用 Wireshark 或 tshark 打开。',
  'captureFiles.packetdrill': '下载 packetdrill 脚本',
  'captureFiles.packetdrill.what.client': '让真实内核扮演客户端重放这一过程，packetdrill 扮演服务器。',
  'captureFiles.packetdrill.what.server': '让真实内核扮演服务器重放这一过程，packetdrill 扮演客户端。',
  'captureFiles.fromCapture':
    '这次运行来自你打开的抓包文件：请直接用 Wireshark 打开原文件。从这里导出的副本会丢失其中真实的地址、选项和数据。',
};
