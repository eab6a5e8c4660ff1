import { useT } from '../../i18n';
import { selectCurrentStep, useSim, useTrace } from '../../store';
import { callResult } from './sandboxText';

/**
 * When the step on screen is a socket call, what it did, with an error spelled out (icon and
 * the word "Error", never colour alone): the point of letting a call the state forbids happen.
 */
export function CallResultCard() {
  const { t } = useT();
  const trace = useTrace();
  const step = useSim(selectCurrentStep);
  const result = callResult(trace, step, t);
  if (!result) return null;
  return (
    <div className={`sandbox__result${result.error ? ' sandbox__result--error' : ''}`} data-testid="sandbox-call-result">
      <h3 className="sandbox__subtitle">{t('sandbox.result.title')}</h3>
      <p className="sandbox__result-headline">{result.headline}</p>
      {result.error && (
        <p className="sandbox__error">
          <span className="sandbox__error-icon" aria-hidden="true">
            ⚠
          </span>
          <strong>{t('sandbox.result.errorTag')}:</strong> {result.error}
        </p>
      )}
      {result.details && <p className="sandbox__result-details">{result.details}</p>}
      <p className="sandbox__rfc">{result.rfc}</p>
    </div>
  );
}
