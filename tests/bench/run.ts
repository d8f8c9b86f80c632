/** `npm run bench`: the benchmark harness arrives with the performance work. */
process.stdout.write("no benchmarks yet\n")
