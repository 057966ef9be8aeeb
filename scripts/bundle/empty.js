// Stands in for modules the bundle leaves out (Ink's React devtools connection).
export default {};
