using Analysis.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Analysis.Benchmarks -- --filter '*'
// (add --job short for a quick look; results land in BenchmarkDotNet.Artifacts/)
// dotnet run -c Release --project bench/Analysis.Benchmarks -- stages out/bench/corpus-10MB
// (CPU seconds per stage of `analysis extract`, on one thread: see Stages.cs)
// dotnet run -c Release --project bench/Analysis.Benchmarks -- stages out/bench/corpus-10MB read
// (reading and parsing alone, five times: the decoder and sentence splitter)
// dotnet run -c Release --project bench/Analysis.Benchmarks -- stages out/bench/corpus-10MB write [csv|json|parquet]
// (writing the tables alone, five times, from findings extracted once)
// dotnet run -c Release --project bench/Analysis.Benchmarks -- startup seeds
// (CPU and wall time of each step before and around the first document, in a fresh process: see Startup.cs)
// dotnet run -c Release --project bench/Analysis.Benchmarks -- startup seeds report
// (the same for a one-article report: extraction, then the charts, their JSON, plotly.js, the page)
// dotnet run -c Release --project bench/Analysis.Benchmarks -- components out/bench/corpus-10MB
// (thread CPU seconds of each extraction component, least of 3 passes: see Components.cs)
// dotnet run -c Release --project bench/Analysis.Benchmarks -- matchers out/bench/corpus-10MB
// (thread CPU seconds of one phrase matcher per word list over every sentence, and a checksum: see Matchers.cs)
// dotnet run -c Release --project bench/Analysis.Benchmarks -- summaries out/bench/corpus-10MB
// (thread CPU seconds of the events' summaries alone over every event sentence, and a checksum: see Summaries.cs)
// dotnet run -c Release --project bench/Analysis.Benchmarks -- summaries out/bench/corpus-10MB interpreted
// (the same with the patterns interpreted, as `analysis extract` runs them below 16 MB)
if (args is ["stages", var folder]) Stages.Run(folder);
else if (args is ["components", var components]) Components.Run(components, passes: 3);
else if (args is ["matchers", var matcherCorpus]) Matchers.Run(matcherCorpus, passes: 3);
else if (args is ["summaries", var summarized]) Summaries.Run(summarized, passes: 5);
else if (args is ["summaries", var interpreted, "interpreted"]) Summaries.Run(interpreted, passes: 5, compiled: false);
else if (args is ["stages", var corpus, "read"]) Stages.ReadOnly(corpus);
else if (args is ["stages", var written, "write", ..var rest]) Stages.WriteOnly(written, rest is [var f] ? Enum.Parse<Analysis.Export.ExportFormat>(f, ignoreCase: true) : Analysis.Export.ExportFormat.Csv);
else if (args is ["startup", var article]) Startup.Run(article);
else if (args is ["startup", var reported, "report"]) Startup.Report(reported);
else BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
