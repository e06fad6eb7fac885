// The workspace packages, imported from their TypeScript source (run with tsx --conditions=source),
// so the benchmark measures the code in this checkout without a build and without entering the
// workspace's install.
export * as kernel from '../../packages/kernel/src/index';
