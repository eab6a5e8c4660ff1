import { useReducedMotion } from 'framer-motion';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { useSim, useTrace } from '../../store';
import { formatSegmentLabel, seqContext } from '../../ui/seq-format';
import { inspectedSegment } from './headerFields';
import { HeaderInspectorView } from './HeaderInspectorView';

/**
 * The header of the selected segment, or of the latest one sent when nothing is selected.
 * Selecting an arrow in the diagram is a request to see its header: the inspector scrolls into
 * view (it sits low in the side column on a laptop and far down the page on a phone) and says so
 * in a live region of its own, so a click never "does nothing visible" and a screen-reader user
 * hears where the header went. Not on every step: the latest segment changing is the step
 * announcer's news.
 */
export function HeaderInspector() {
  const trace = useTrace();
  const cursor = useSim((s) => s.cursor);
  const selectedId = useSim((s) => s.selectedSegment);
  const seqMode = useSim((s) => s.seqMode);
  const { t } = useT();
  const reducedMotion = useReducedMotion() === true;
  const rootRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const segment = inspectedSegment(trace, cursor, selectedId);
  const selected = segment !== null && segment.id === selectedId;
  const label = segment ? formatSegmentLabel(segment, seqContext(seqMode, trace)) : '';

  const shownSelection = useRef(selectedId);
  useEffect(() => {
    if (shownSelection.current === selectedId) return;
    shownSelection.current = selectedId;
    if (!selected || !segment) {
      setAnnouncement('');
      return;
    }
    const root = rootRef.current;
    if (root) scrollToTop(root, reducedMotion ? 'instant' : 'smooth');
    setAnnouncement(t('ui.inspector.shown', { id: segment.id, label }));
  }, [selectedId, selected, segment, label, reducedMotion, t]);

  return (
    <div className="inspector-host" ref={rootRef}>
      <HeaderInspectorView trace={trace} segment={segment} selected={selected} seqMode={seqMode} t={t} />
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

/**
 * Scrolls the nearest scrolling box around `element` (the side column on a laptop, the page on a
 * phone) so the element starts at its top. Not scrollIntoView(): that also scrolls boxes that
 * clip without scrolling (the stage), shifting the whole page up under a fixed layout.
 */
function scrollToTop(element: HTMLElement, behavior: ScrollBehavior): void {
  const margin = Number.parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  for (let box = element.parentElement; box; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight) {
      const offset = element.getBoundingClientRect().top - box.getBoundingClientRect().top - margin;
      box.scrollBy({ top: offset, behavior });
      return;
    }
  }
  window.scrollBy({ top: element.getBoundingClientRect().top - margin, behavior });
}
