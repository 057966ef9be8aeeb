// Intl.Segmenter, made on first use. The first segmenter a process makes loads ICU's break data
// (~20 ms on the 2-core dev VM, more when it is loaded), and string-width, wrap-ansi's string-width
// and slice-ansi each make one as their module loads: before the first list request went out, for
// texts that are nearly all measured without one (render/displayWidth.ts). The bundle hands every
// module this in place of Intl.Segmenter (scripts/bundle.mjs); the packaged-install test checks
// that no other segmenter is made in it.

/** The real constructor: a global lookup the bundle's replacement of `Intl.Segmenter` does not touch. */
const IntlSegmenter: typeof Intl.Segmenter = globalThis.Intl.Segmenter;

export class LazySegmenter {
  #made: Intl.Segmenter | undefined;
  readonly #locales: ConstructorParameters<typeof Intl.Segmenter>[0];
  readonly #options: ConstructorParameters<typeof Intl.Segmenter>[1];

  constructor(locales?: ConstructorParameters<typeof Intl.Segmenter>[0], options?: ConstructorParameters<typeof Intl.Segmenter>[1]) {
    this.#locales = locales;
    this.#options = options;
  }

  /** Whether the real segmenter exists yet. */
  get made(): boolean {
    return this.#made !== undefined;
  }

  segment(text: string): Intl.Segments {
    return this.#segmenter().segment(text);
  }

  resolvedOptions(): Intl.ResolvedSegmenterOptions {
    return this.#segmenter().resolvedOptions();
  }

  #segmenter(): Intl.Segmenter {
    return (this.#made ??= new IntlSegmenter(this.#locales, this.#options));
  }
}
