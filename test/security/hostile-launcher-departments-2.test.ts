// Half 2 of the department attributes; see hostile-launcher-departments.ts.
import {departmentSuite} from './hostile-launcher-departments.js';

departmentSuite(1);
