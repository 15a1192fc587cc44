// The real Courage pieces the simulated Classic admin console renders with, from the Sign-In
// Widget's package: the Select with Chosen on, as the admin console keeps it (the widget's own
// build turns Chosen off), and BaseForm with its text, password and select inputs, which
// test/e2e/courage.test.ts renders beside our Duo form to compare their hooks. Bundled by vendor.ts
// and served at /_vendor/courage.js.
import $ from 'courage/util/jquery-wrapper.js';
import Model from 'courage/models/Model.js';
import BaseForm from 'courage/views/forms/BaseForm.js';
import InputRegistry from 'courage/views/forms/helpers/InputRegistry.js';
import PasswordBox from 'courage/views/forms/inputs/PasswordBox.js';
import Select from 'courage/views/forms/inputs/Select.js';
import TextBox from 'courage/views/forms/inputs/TextBox.js';

InputRegistry.register('text', TextBox);
InputRegistry.register('password', PasswordBox);
InputRegistry.register('select', Select);

window.Courage = { $, Model, BaseForm, Select };
