export { traceToJson } from './traceJson';
export { traceToText } from './traceText';
export { traceToMermaid } from './traceMermaid';
export { ladderSvg, SVG_FRAME, SVG_FONT_STACK, type LadderSvgInput, type LadderSvgWords } from './ladderSvg';
export { SVG_PALETTES, SVG_THEMES, type SvgPalette, type SvgTheme } from './svgPalette';
