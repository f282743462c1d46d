// Vue's self-contained browser build (runtime compiler included, no
// `process.env`), typed as the `vue` package it is built from.
declare module 'vue/dist/vue.esm-browser.js' {
  export * from 'vue';
}
