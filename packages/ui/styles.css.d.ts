// The types of `import '@connect-transcript/ui/styles.css'`: with noUncheckedSideEffectImports
// (the default from TypeScript 6) a side-effect import must resolve to something typed.
export {};
