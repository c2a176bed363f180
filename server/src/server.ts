// Language server entry point (wiring only); filled in by the server work.
export {};
