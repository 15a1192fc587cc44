// What the guide needs only when the admin asks for help: the diagnostics report and the locator
// for a control the admin shows it. Injected on demand (../need-part.ts).
import { diagnose } from '../diagnostics';
import { learnFrom } from '../../engine/learn';
import { offer } from '../need-part';

offer('help', { diagnose, learnFrom });
