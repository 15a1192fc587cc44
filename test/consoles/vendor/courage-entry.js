// The real Courage pieces the simulated Classic admin console renders with, from the Sign-In
// Widget's package (the Select with Chosen on, as the admin console keeps it; the widget's own
// build turns Chosen off). Bundled by vendor.ts and served at /_vendor/courage.js.
import $ from 'courage/util/jquery-wrapper.js';
import Model from 'courage/models/Model.js';
import Select from 'courage/views/forms/inputs/Select.js';

window.Courage = { $, Model, Select };
