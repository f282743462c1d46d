// The configurator's model, for plain-JavaScript modules (staffing-plan.js):
// it is written in TypeScript in src/model.ts, which the demo server
// compiles on the fly, so this path keeps working for them.
export * from './src/model.ts';
