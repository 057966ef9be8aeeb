// The demo runs on the same injected clock as the app; it lives in domain/ (the app never imports demo/).
export { ManualClock, realClock, type Clock } from '../domain/clock.js';
