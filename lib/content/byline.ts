/**
 * A paragraph that only credits the people behind a post ("作者：Peter Pan",
 * "Authors: ...", "By: ...", "译者：..."), as imported posts often open with: not
 * the lead, so neither a description nor an excerpt is made of it.
 */
const BYLINE = /^(?:(?:原文)?作者|译者|翻译|校对|审校|Authors?|Translators?|Translated by|Written by|Reviewers?|By)\s*[:：]/iu;

export function isByline(paragraph: string): boolean {
  return BYLINE.test(paragraph.trim()) && Array.from(paragraph).length <= 200;
}
