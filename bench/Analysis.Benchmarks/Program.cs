using Analysis.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Analysis.Benchmarks -- --filter '*'
// (add --job short for a quick look; results land in BenchmarkDotNet.Artifacts/)
// dotnet run -c Release --project bench/Analysis.Benchmarks -- stages out/bench/corpus-10MB
// (CPU seconds per stage of `analysis extract`, on one thread: see Stages.cs)
// dotnet run -c Release --project bench/Analysis.Benchmarks -- stages out/bench/corpus-10MB read
// (reading and parsing alone, five times: the decoder and sentence splitter)
if (args is ["stages", var folder]) Stages.Run(folder);
else if (args is ["stages", var corpus, "read"]) Stages.ReadOnly(corpus);
else BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
