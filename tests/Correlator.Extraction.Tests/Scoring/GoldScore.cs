namespace Correlator.Extraction.Tests.Scoring;

/// <summary>Slot counts of one scoring run: slots proposed, slots in the gold, and slots that agree in aligned pairs.</summary>
public sealed record GoldScore(int Proposed, int Gold, int Agreeing, int Reports, int GoldReports, int ExactReports)
{
    public double Precision => Proposed == 0 ? 0 : (double)Agreeing / Proposed;

    public double Recall => Gold == 0 ? 0 : (double)Agreeing / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static GoldScore operator +(GoldScore a, GoldScore b) => new(
        a.Proposed + b.Proposed, a.Gold + b.Gold, a.Agreeing + b.Agreeing, a.Reports + b.Reports, a.GoldReports + b.GoldReports, a.ExactReports + b.ExactReports);
}
