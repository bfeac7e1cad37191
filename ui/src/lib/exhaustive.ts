// For the `default` of a `switch` over a closed set from the Rust side: the compiler fails
// the build when a new member of the set has no `case`.
export function exhaustive(value: never): never {
  throw new Error(`unexpected value ${String(value)}`);
}
