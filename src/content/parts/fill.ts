// Filling Okta's form, only on the Okta steps that have one (../need-part.ts): the plan, the
// writes, the callout's fill views.
import { fillSession } from '../fill-session';
import { offer } from '../need-part';

offer('fill', fillSession);
