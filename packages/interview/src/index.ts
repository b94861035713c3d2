// Public surface of the interview rules. Each rule lives in its own file.
export {};
