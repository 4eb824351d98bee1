/**
 * The slider's spoken value is translated on the server with these markers
 * in place of the two percentages, which the client fills in as it moves.
 */
export const BEFORE_PERCENT = '\u2063B\u2063';
export const AFTER_PERCENT = '\u2063A\u2063';

export function sliderValueText(template: string, beforePercent: number): string {
  return template.replace(BEFORE_PERCENT, String(beforePercent)).replace(AFTER_PERCENT, String(100 - beforePercent));
}
