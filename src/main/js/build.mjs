// Bundles the browser's scripts for the WAR (run by the Maven build: node src/main/js/build.mjs <output folder>).
import { build } from "esbuild";

await build({
    entryPoints: ["src/main/js/ballot.js"],
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    logLevel: "warning",
    outfile: `${process.argv[2]}/ballot.js`,
});
