// Command-line entry point; filled in by the export work.
export {};
