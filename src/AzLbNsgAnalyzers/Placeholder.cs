namespace AzLbNsgAnalyzers;
