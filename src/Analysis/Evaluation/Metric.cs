namespace Analysis.Evaluation;

/// <summary>Precision and recall from counts: correct answers, answers given, answers expected.</summary>
public sealed record Metric(string Name, int Correct, int Predicted, int Expected)
{
    public double Precision => Predicted == 0 ? (Expected == 0 ? 1 : 0) : (double)Correct / Predicted;
    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        $"{Name,-12} precision {Precision:0.000} ({Correct}/{Predicted})  recall {Recall:0.000} ({Correct}/{Expected})  F1 {F1:0.000}";
}
