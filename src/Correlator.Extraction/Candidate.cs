using Correlator.Domain.Reports;

namespace Correlator.Extraction;

/// <summary>
/// A report the extractor proposes: in the POST /api/reports shape with <see cref="Report.Extracted"/> set, the
/// exact words it rests on and where they are in the article, the rules that fired and how sure it is.
/// </summary>
public sealed record Candidate(Report Report, string Quote, int Start, int Length, IReadOnlyList<string> Rules, double Confidence);
