using Samenspel.Domain.Access;

namespace Samenspel.Web.Data;

public enum PlanParty
{
    Youth,
    Carer,
}

/// <summary>
/// One version of a trajectory's shared plan. A version can be changed until the first party has agreed or objected;
/// after that a change makes a new version (<see cref="NextVersion"/>) that asks for agreement again, and the old
/// version stays readable as it was.
/// </summary>
public sealed class Plan : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TrajectoryId { get; init; }
    public Guid YouthId { get; init; }
    public int Version { get; init; } = 1;
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>What was weighed: the question, problems and strengths, the options (shared decision steps).</summary>
    public string? Considerations { get; private set; }
    public string? YouthView { get; private set; }
    public string? CarersView { get; private set; }
    public string? TeamView { get; private set; }
    public List<Goal> Goals { get; init; } = [];
    public List<PlanAgreement> Agreements { get; init; } = [];
    public DataCategory Category => DataCategory.Plan;

    /// <summary>Once someone agreed or objected, this version is a record and no longer changes.</summary>
    public bool IsLocked => Agreements.Count > 0;

    public void Describe(string? considerations, string? youthView, string? carersView, string? teamView)
    {
        EnsureOpen();
        (Considerations, YouthView, CarersView, TeamView) = (Clean(considerations), Clean(youthView), Clean(carersView), Clean(teamView));
    }

    /// <param name="lineageId">the new goal's lineage; the page passes its form's submission id, so that a form sent
    /// twice adds one goal</param>
    public Goal AddGoal(string youthWording, string? professionalWording, string owner, string[] levels, double weight = 1, Guid? lineageId = null)
    {
        EnsureOpen();
        var goal = new Goal { PlanId = Id, YouthId = YouthId, LineageId = lineageId ?? Guid.CreateVersion7(), Position = Goals.Count };
        goal.Change(youthWording, professionalWording, owner, levels, weight);
        Goals.Add(goal);
        return goal;
    }

    public void ChangeGoal(Guid goalId, string youthWording, string? professionalWording, string owner, string[] levels, double weight)
    {
        EnsureOpen();
        Goals.Single(g => g.Id == goalId).Change(youthWording, professionalWording, owner, levels, weight);
    }

    public void RemoveGoal(Guid goalId)
    {
        EnsureOpen();
        Goals.RemoveAll(g => g.Id == goalId);
    }

    public PlanAgreement RecordAgreement(PlanParty party, Guid userId, Guid? carerId, bool agrees, string? comment, DateTimeOffset at)
    {
        if (Goals.Count == 0) throw new InvalidOperationException("A plan without goals cannot be agreed to.");
        var earlier = Agreements.FirstOrDefault(a => a.UserId == userId);
        if (earlier is not null) Agreements.Remove(earlier);
        var agreement = new PlanAgreement { PlanId = Id, YouthId = YouthId, Party = party, UserId = userId, CarerId = carerId, Agrees = agrees, Comment = Clean(comment), RecordedAt = at };
        Agreements.Add(agreement);
        return agreement;
    }

    /// <summary>A copy to change after agreement: same goals (same lineage, so scores stay attached), no agreements.</summary>
    public Plan NextVersion(DateTimeOffset at)
    {
        var next = new Plan { TrajectoryId = TrajectoryId, YouthId = YouthId, Version = Version + 1, CreatedAt = at };
        next.Describe(Considerations, YouthView, CarersView, TeamView);
        foreach (var g in Goals.OrderBy(g => g.Position))
        {
            var copy = next.AddGoal(g.YouthWording, g.ProfessionalWording, g.Owner, g.Levels, g.Weight);
            copy.LineageId = g.LineageId;
            foreach (var s in g.Steps.OrderBy(s => s.Position)) copy.AddStep(s.Text, s.DoneOn);
        }
        return next;
    }

    void EnsureOpen()
    {
        if (IsLocked) throw new InvalidOperationException("This plan version has been agreed to; make a new version to change it.");
    }

    internal static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A goal in the youth's own words, with five described GAS levels from -2 to +2 and small steps.</summary>
public sealed class Goal : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PlanId { get; init; }
    public Guid YouthId { get; init; }
    /// <summary>The same goal across plan versions; scores hang on it.</summary>
    public Guid LineageId { get; set; }
    public int Position { get; init; }
    public string YouthWording { get; private set; } = "";
    public string? ProfessionalWording { get; private set; }
    public string Owner { get; private set; } = "";
    public double Weight { get; private set; } = 1;
    /// <summary>Descriptions of levels -2, -1, 0, +1, +2, in that order.</summary>
    public string[] Levels { get; private set; } = new string[5];
    public List<GoalStep> Steps { get; init; } = [];
    public DataCategory Category => DataCategory.Plan;

    internal void Change(string youthWording, string? professionalWording, string owner, string[] levels, double weight)
    {
        if (string.IsNullOrWhiteSpace(youthWording)) throw new ArgumentException("A goal needs words.", nameof(youthWording));
        if (levels.Length != 5 || levels.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException("All five levels need a description.", nameof(levels));
        if (!(weight > 0)) throw new ArgumentOutOfRangeException(nameof(weight));
        YouthWording = youthWording.Trim();
        ProfessionalWording = Plan.Clean(professionalWording);
        Owner = owner.Trim();
        Levels = levels.Select(l => l.Trim()).ToArray();
        Weight = weight;
    }

    public GoalStep AddStep(string text, DateOnly? doneOn = null)
    {
        var step = new GoalStep { GoalId = Id, YouthId = YouthId, Position = Steps.Count, Text = text.Trim(), DoneOn = doneOn };
        Steps.Add(step);
        return step;
    }
}

/// <summary>A small step (stapje) towards a goal. Ticking one off is not a change of the plan.</summary>
public sealed class GoalStep : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid GoalId { get; init; }
    public Guid YouthId { get; init; }
    public int Position { get; init; }
    public required string Text { get; init; }
    public DateOnly? DoneOn { get; set; }
    public DataCategory Category => DataCategory.Plan;
}

public enum ScoringMoment
{
    Start,
    Evaluation,
    End,
}

/// <summary>A GAS score for one goal (by lineage) at one moment.</summary>
public sealed class GoalScoring : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid GoalLineageId { get; init; }
    public Guid YouthId { get; init; }
    public Guid TrajectoryId { get; init; }
    public Guid? EvaluationId { get; init; }
    public ScoringMoment Moment { get; init; }
    public int Level { get; init; }
    public DateOnly ScoredOn { get; init; }
    public DataCategory Category => DataCategory.Plan;
}

/// <summary>A party's agreement to, or objection against, one plan version, with the date (signing is a legal
/// requirement).</summary>
public sealed class PlanAgreement : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PlanId { get; init; }
    public Guid YouthId { get; init; }
    public PlanParty Party { get; init; }
    public Guid UserId { get; init; }
    public Guid? CarerId { get; init; }
    public bool Agrees { get; init; }
    public string? Comment { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public DataCategory Category => DataCategory.Plan;
}

/// <summary>A periodic evaluation of the plan: what went well, what did not, what changes; scores are
/// <see cref="GoalScoring"/> rows pointing here.</summary>
public sealed class Evaluation : IYouthData
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TrajectoryId { get; init; }
    public Guid YouthId { get; init; }
    public DateOnly HeldOn { get; init; }
    public string? WentWell { get; init; }
    public string? DidNotGoWell { get; init; }
    public string? PlanChanges { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public DataCategory Category => DataCategory.Plan;
}
