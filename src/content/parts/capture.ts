// Reading the Duo keys, only on the Duo steps that show them (../need-part.ts): the reading by
// shape, the checks of the page, the callout's capture views.
import { captureSession } from '../capture-session';
import { offer } from '../need-part';

offer('capture', captureSession);
