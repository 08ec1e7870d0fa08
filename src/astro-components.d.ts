// .astro files for tools that read TypeScript without Astro's language service (typed eslint).
// `astro check` resolves each .astro file itself, so its real props still apply there.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
