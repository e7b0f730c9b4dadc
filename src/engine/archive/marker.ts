/** The root .htaccess rule lives in rules/htaccess.ts (one implementation for folders and archives). */
export { MarkerHasher } from '../rules/htaccess.ts';
