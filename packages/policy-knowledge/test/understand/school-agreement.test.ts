import { describe, expect, it } from 'vitest';
import { asksSchoolAgreement } from '../../src/understand/school-agreement.js';

describe('asksSchoolAgreement', () => {
  it('reads an agreement or signing with the school alone', () => {
    expect(asksSchoolAgreement("ok but at least there's some agreement with the school at the end right?")).toBe(true);
    expect(asksSchoolAgreement('Does he need to sign something with his school?')).toBe(true);
    expect(asksSchoolAgreement('and what does the agreement with the school cover?')).toBe(true);
  });

  it('leaves an agreement that names the enterprise or income to the agreement on income', () => {
    expect(asksSchoolAgreement('do we sign an agreement with the school about how income is split?')).toBe(false);
    expect(asksSchoolAgreement("is there an agreement with the college and the company I'm joining?")).toBe(false);
    expect(asksSchoolAgreement('does the leave agreement cover confidentiality?')).toBe(false);
  });
});
