export { HeaderInspector } from './HeaderInspector';
export { HeaderInspectorView, type HeaderInspectorViewProps } from './HeaderInspectorView';
