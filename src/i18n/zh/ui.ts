import type { UiKey } from '../en/ui';

export const zhUi: Record<UiKey, string> = {
  'app.title': 'TCP 握手实验室',
  'app.tagline': '逐个报文段观察 TCP 如何建立和关闭连接。',
  'app.skipToControls': '跳到播放控制',

  'region.header': '设置',
  'region.diagram': '时序图',
  'region.state': '连接状态',
  'region.explanation': '说明',
  'region.inspector': '首部查看器',
  'region.controls': '播放控制',

  'ui.scenario.label': '场景',
  'group.basics': '基础',
  'group.loss': '报文段丢失时',
  'group.resets': '复位与拒绝',
  'group.why': '为什么是三次？',
  'group.security': '攻击与扫描',

  'ui.language.label': '语言',
  'ui.language.en': 'English',
  'ui.language.zh': '中文',

  'ui.theme.label': '主题',
  'ui.theme.light': '浅色',
  'ui.theme.dark': '深色',
  'ui.theme.contrast': '高对比',
  'ui.theme.system': '跟随系统',

  'ui.seq.label': '序号',
  'ui.seq.relative': '相对',
  'ui.seq.absolute': '绝对',

  'ui.copyLink': '复制链接',
  'ui.linkCopied': '链接已复制',
  'ui.linkCopyManual': '请按 Ctrl+C（Mac 上按 ⌘C）复制已选中的链接。',
  'ui.linkField': '指向此步骤的链接',

  'ui.speed.label': '速度',
  'ui.speed.value': '{speed}×',
  'ui.scrubber.label': '步骤',
  'ui.scrubber.value': '第 {k} 步，共 {n} 步',
  'ui.scrubber.start': '开始（第 0 步，共 {n} 步）',

  'cmd.stepForward': '下一步',
  'cmd.stepBack': '上一步',
  'cmd.togglePlay': '播放或暂停',
  'cmd.play': '播放',
  'cmd.pause': '暂停',
  'cmd.start': '回到开始',
  'cmd.end': '跳到结尾',
  'cmd.slower': '减速',
  'cmd.faster': '加速',
  'cmd.help': '键盘快捷键',
  'cmd.language': '切换语言',

  'key.ArrowRight': '→',
  'key.ArrowLeft': '←',
  'key.PageDown': 'Page Down',
  'key.PageUp': 'Page Up',
  'key.Space': '空格',
  'key.Home': 'Home',
  'key.End': 'End',
  'key.[': '[',
  'key.]': ']',
  'key.?': '?',
  'key.l': 'L',

  'ui.help.title': '键盘快捷键',
  'ui.help.intro': '除在输入框中打字外，这些按键在页面任何位置都有效。演示翻页笔发送的是 Page Up 和 Page Down。',
  'ui.help.keys': '按键',
  'ui.help.action': '操作',
  'ui.help.or': '或',
  'ui.help.close': '关闭',

  'notice.dismiss': '关闭提示',
  'notice.linkDamaged': '该链接已损坏，现显示三次握手。',
  'notice.linkPartlyDamaged': '该链接有部分内容无法识别，现显示最接近的有效视图。',
  'notice.unknownScenario': '该链接要打开名为“{name}”的场景，但没有这个场景；现显示三次握手。',
  'notice.unknownScenarioStep': '该链接要打开名为“{name}”的场景的第 {step} 步，但没有这个场景；现从头显示三次握手。',
  'notice.stepOutOfRange': '该链接指向第 {step} 步，但此场景只有 {n} 步，现显示最后一步。',
  'notice.languageUnavailable': '未能加载{language}：网络可能已断开。页面保持当前语言，恢复联网后可再试。',
  'notice.partsUnavailable': '实验室有部分内容未能加载：网络可能已断开。当前进度会保留，恢复联网后请重试。',
  'notice.partsStillUnavailable': '仍有部分内容未能加载。请确认已联网，然后重试。',

  'announce.start': '开始：尚未发送任何报文段。第 0 步，共 {n} 步。',
  'announce.story': '{title}。{step}',
  'announce.playing': '正在播放。',
  'announce.paused': '已暂停，在第 {k} 步，共 {n} 步。',
  'announce.speed': '速度 {speed}×。',
  'announce.step': '第 {k} 步，共 {n} 步。',
  'announce.change': '{side}：{from} → {to}。',
  'announce.stays': '{side}保持 {state}。',
  'announce.call': '{side}调用 {call}。',
  'announce.received': '{side}收到 {flags}。',
  'announce.timer': '{side}：{timer}定时器到期。',
  'announce.sends': '发送 {flags}。',
  'timer.retransmit': '重传',
  'timer.timeWait': '2MSL（TIME-WAIT）',
  'timer.delayedAck': '延迟确认',
  'timer.synQueue': 'SYN,ACK 重传',

  'error.title': '出了点问题',
  'error.body': '实验室遇到了意外错误。当前位置保存在链接中，重新加载通常即可恢复。',
  'error.reload': '重新加载',
  'error.part.body': '这部分内容未能加载：网络可能已断开。实验室的其他部分仍可正常使用。',
  'error.part.retry': '重试',

  // ── 选项、断网会怎样、学习、对比：页头按钮（开始）────────────────────────────────────
  'ui.tools.label': '探索',
  'ui.options.open': '选项',
  'ui.whatIf.open': '断网会怎样？',
  'ui.learn.open': '学习',
  'ui.compare.open': '对比',
  'ui.dialog.close': '关闭',
  // ── 选项、断网会怎样、学习、对比：页头按钮（结束）────────────────────────────────────
  // ── 沙盒（src/features/sandbox、src/sandbox）──────────────────────────────────────
  // 只放首屏需要的（模式切换）；沙盒面板的文字在 details.ts 中。
  'scenario.capture.title': '你的抓包',
  'scenario.capture.summary':
    '抓包文件中的真实报文段，画在同一张时序图上：双方的状态由引擎自己的规则推断，抓包面板会说明抓包无法确定的地方。',
  'scenario.sandbox.title': '沙盒',
  'scenario.sandbox.summary': '没有预设脚本：每个套接字调用都由你来做，每个报文段在网络中的命运也由你决定。',
  'sandbox.region': '沙盒',
  'sandbox.continue': '在沙盒中从第 {k} 步接着做',
  'sandbox.entry': '在沙盒中没有预设脚本：套接字调用由你来做，还可以丢弃、延迟或复制任意报文段。',
  'sandbox.mode.label': '模式',
  'sandbox.mode.scenario': '引导场景',
  'sandbox.mode.sandbox': '沙盒',
  // ── 沙盒（结束）────────────────────────────────────────────────────────────────────────
  // ── 翻页笔与小屏幕（src/features/controls、src/app）（开始）─────────────────────────────
  'ui.help.clicker':
    '即使焦点在菜单或滑块上，Page Down 和 Page Up 也总是翻动课程。用鼠标点击或手指轻触某个控件之后，→、← 和空格键仍然控制课程；用 Tab 键到达的控件则保留它自己的方向键和空格键。',
  'ui.inspector.shown': '已选中报文段 {id}：{label}。首部检查器中显示了它的首部。',
  'ui.header.more': '更多设置',
  // ── 翻页笔与小屏幕（结束）──────────────────────────────────────────────────────────────
};
