using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Analysis.Benchmarks -- --filter '*'
// (add --job short for a quick look; results land in BenchmarkDotNet.Artifacts/)
BenchmarkSwitcher.FromAssembly(typeof(Analysis.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
