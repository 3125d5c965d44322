using Hl7.Fhir.Model;
using Samenspel.Domain.Goals;
using DataType = Hl7.Fhir.Model.DataType;
using Goal = Hl7.Fhir.Model.Goal;
using ScoringMoment = Samenspel.Web.Data.ScoringMoment;

namespace Samenspel.Web.Fhir;

public sealed record PatientRow(Guid Id, string GivenName, string FamilyName, DateOnly BirthDate, Guid OrganisationId, string? OrganisationName);

public sealed record RelatedPersonRow(Guid Id, Guid YouthId, CarerPosition Position, bool CourtAppointed, string Name, string Email, string? Phone);

public sealed record PractitionerRow(Guid Id, string Name, string Email);

public sealed record CareTeamMemberRow(Guid StaffMemberId, string Name, StaffRole Role);

public sealed record CareTeamRow(Guid Id, Guid YouthId, DateOnly StartDate, DateOnly ExpectedEndDate, IReadOnlyList<CareTeamMemberRow> Members);

public sealed record GasScoringRow(DateOnly ScoredOn, ScoringMoment Moment, int Level);

/// <param name="Levels">the descriptions of GAS levels -2 … +2, in that order</param>
/// <param name="Scorings">the scores of the goal's lineage the caller may see, oldest first</param>
public sealed record GoalRow(Guid Id, Guid LineageId, string YouthWording, string? ProfessionalWording, double Weight, string[] Levels,
    IReadOnlyList<GasScoringRow> Scorings);

/// <summary>One plan version.</summary>
/// <param name="ReplacedAt">when the next version was made; null for the current version</param>
/// <param name="ReplacesId">the previous version, when there is one and the caller may see it</param>
public sealed record CarePlanRow(Guid Id, Guid TrajectoryId, Guid YouthId, int Version, DateTimeOffset CreatedAt, DateTimeOffset? ReplacedAt,
    Guid? ReplacesId, string? Considerations, string? YouthView, string? CarersView, string? TeamView, IReadOnlyList<GoalRow> Goals)
{
    public bool IsCurrent => ReplacedAt is null;
}

/// <summary>The model as FHIR R4 resources. Callers decide what may be shown; these functions only translate.</summary>
public static class FhirMapping
{
    /// <summary>Whether the carer holds parental authority (gezag) over the patient.</summary>
    public const string ParentalAuthorityExtension = "https://samenspel.nl/fhir/StructureDefinition/parental-authority";

    const string Extensions = "https://samenspel.nl/fhir/StructureDefinition/";

    /// <summary>Profile: https://samenspel.nl/fhir/StructureDefinition/samenspel-gas-goal, a Goal scored with Goal
    /// Attainment Scaling. It adds the extensions below; see README.md in this folder.</summary>
    public const string GasGoalProfile = Extensions + "samenspel-gas-goal";
    /// <summary>The goal as the professionals word it (string); <c>description.text</c> is the youth's own wording.</summary>
    public const string ProfessionalWordingExtension = Extensions + "professional-wording";
    /// <summary>The goal's weight in the GAS T-score (decimal, &gt; 0).</summary>
    public const string GasWeightExtension = Extensions + "gas-weight";
    /// <summary>One described GAS level, five per goal: <c>level</c> (integer -2 … +2) and <c>description</c> (string).</summary>
    public const string GasLevelExtension = Extensions + "gas-level";
    /// <summary>One GAS score, oldest first: <c>date</c> (date), <c>level</c> (integer -2 … +2) and <c>occasion</c>
    /// (code: start | evaluation | end).</summary>
    public const string GasScoringExtension = Extensions + "gas-scoring";
    /// <summary>Identifies the same goal across plan versions: each version has its own Goal resource.</summary>
    public const string GoalLineageSystem = "https://samenspel.nl/fhir/NamingSystem/goal-lineage";

    const string RoleCodes = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

    public static Patient ToPatient(PatientRow y) => new()
    {
        Id = FhirIds.Format(y.Id),
        Name = [new HumanName { Use = HumanName.NameUse.Official, Given = [y.GivenName], Family = y.FamilyName, Text = $"{y.GivenName} {y.FamilyName}" }],
        BirthDate = y.BirthDate.ToString("yyyy-MM-dd"),
        ManagingOrganization = new ResourceReference($"Organization/{FhirIds.Format(y.OrganisationId)}", y.OrganisationName),
    };

    /// <param name="withTelecom">contact details go to those who keep the youth's register</param>
    public static RelatedPerson ToRelatedPerson(RelatedPersonRow c, bool withTelecom)
    {
        var authority = c.Position.HoldsAuthority();
        var person = new RelatedPerson
        {
            Id = FhirIds.Format(c.Id),
            Active = true,
            Patient = new ResourceReference($"Patient/{FhirIds.Format(c.YouthId)}"),
            Name = [new HumanName { Text = c.Name }],
            Relationship = [Relationship(c.Position, c.CourtAppointed)],
        };
        person.Extension.Add(new Extension(ParentalAuthorityExtension, new FhirBoolean(authority)));
        if (withTelecom)
        {
            person.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, null, c.Email));
            if (!string.IsNullOrWhiteSpace(c.Phone)) person.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, null, c.Phone));
        }
        return person;
    }

    /// <summary>v3-RoleCode where it has a code; the Dutch text always says whether the carer holds authority.</summary>
    static CodeableConcept Relationship(CarerPosition position, bool courtAppointed)
    {
        var (code, display, text) = position switch
        {
            CarerPosition.ParentWithAuthority => ("PRN", "parent", "ouder met gezag"),
            CarerPosition.ParentWithoutAuthority => ("PRN", "parent", "ouder zonder gezag"),
            CarerPosition.Guardian => ("GUARD", "guardian", "voogd (met gezag)"),
            CarerPosition.FosterParent => ("PRNFOST", "foster parent", "pleegouder (zonder gezag)"),
            CarerPosition.StepParent => ("STPPRN", "step parent", "stiefouder (zonder gezag)"),
            _ => ((string?)null, (string?)null, "andere opvoeder (zonder gezag)"),
        };
        if (courtAppointed) text += ", door de rechter benoemd";
        var concept = new CodeableConcept { Text = text };
        if (code is not null) concept.Coding.Add(new Coding(RoleCodes, code, display));
        return concept;
    }

    /// <param name="withTelecom">contact details are for staff only</param>
    public static Practitioner ToPractitioner(PractitionerRow s, bool withTelecom)
    {
        var practitioner = new Practitioner
        {
            Id = FhirIds.Format(s.Id),
            Active = true,
            Name = [new HumanName { Text = s.Name }],
        };
        if (withTelecom) practitioner.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, ContactPoint.ContactPointUse.Work, s.Email));
        return practitioner;
    }

    /// <param name="today">the Dutch calendar date, for the status</param>
    public static CareTeam ToCareTeam(CareTeamRow t, DateOnly today) => new()
    {
        Id = FhirIds.Format(t.Id),
        Status = today < t.StartDate ? CareTeam.CareTeamStatus.Proposed
            : today > t.ExpectedEndDate ? CareTeam.CareTeamStatus.Inactive
            : CareTeam.CareTeamStatus.Active,
        Subject = new ResourceReference($"Patient/{FhirIds.Format(t.YouthId)}"),
        // A FHIR date at day precision covers the whole day, so the inclusive expected end maps as it is.
        Period = new Period(new FhirDateTime(t.StartDate.ToString("yyyy-MM-dd")), new FhirDateTime(t.ExpectedEndDate.ToString("yyyy-MM-dd"))),
        Participant = t.Members.OrderBy(m => m.Role).Select(m => new CareTeam.ParticipantComponent
        {
            Role = [new CodeableConcept { Text = RoleText(m.Role) }],
            Member = new ResourceReference($"Practitioner/{FhirIds.Format(m.StaffMemberId)}", m.Name),
        }).ToList(),
    };

    public static string RoleText(StaffRole role) => role switch
    {
        StaffRole.Mentor => "mentor",
        StaffRole.ShadowMentor => "schaduwmentor",
        StaffRole.Counsellor => "begeleider",
        StaffRole.BehaviouralScientist => "gedragswetenschapper",
        StaffRole.TeamLead => "teamleider",
        StaffRole.PrivacyOfficer => "privacyfunctionaris",
        _ => "functioneel beheerder",
    };

    /// <summary>One plan version as a CarePlan: the current version is active, earlier ones are revoked and each
    /// version replaces the one before it.</summary>
    public static CarePlan ToCarePlan(CarePlanRow p)
    {
        var plan = new CarePlan
        {
            Id = FhirIds.Format(p.Id),
            Status = p.IsCurrent ? RequestStatus.Active : RequestStatus.Revoked,
            Intent = CarePlan.CarePlanIntent.Plan,
            Title = $"Plan, versie {p.Version}",
            Description = p.Considerations,
            Subject = new ResourceReference($"Patient/{FhirIds.Format(p.YouthId)}"),
            Period = new Period(new FhirDateTime(p.CreatedAt), p.ReplacedAt is { } end ? new FhirDateTime(end) : null),
            Created = new FhirDateTime(p.CreatedAt).Value,
            CareTeam = [new ResourceReference($"CareTeam/{FhirIds.Format(p.TrajectoryId)}")],
            Goal = p.Goals.Select(g => new ResourceReference($"Goal/{FhirIds.Format(g.Id)}", g.YouthWording)).ToList(),
        };
        if (p.ReplacesId is { } previous) plan.Replaces.Add(new ResourceReference($"CarePlan/{FhirIds.Format(previous)}"));
        foreach (var (author, view) in new[] { ("jongere", p.YouthView), ("ouders", p.CarersView), ("team", p.TeamView) })
            if (view is not null) plan.Note.Add(new Annotation { Author = new FhirString(author), Text = new Markdown(view) });
        return plan;
    }

    /// <summary>A goal of one plan version, in profile https://samenspel.nl/fhir/StructureDefinition/samenspel-gas-goal.
    /// Goals of the current version are active; those of a replaced version are cancelled, with the reason, and
    /// their lineage identifier is that of the same goal in the newer version.</summary>
    public static Goal ToGoal(GoalRow g, CarePlanRow plan)
    {
        var goal = new Goal
        {
            Id = FhirIds.Format(g.Id),
            Meta = new Meta { Profile = [GasGoalProfile] },
            Identifier = [new Identifier(GoalLineageSystem, FhirIds.Format(g.LineageId))],
            LifecycleStatus = plan.IsCurrent ? Goal.GoalLifecycleStatus.Active : Goal.GoalLifecycleStatus.Cancelled,
            StatusReason = plan.IsCurrent ? null : $"Plan versie {plan.Version} is vervangen door een nieuwere versie.",
            Description = new CodeableConcept { Text = g.YouthWording },
            Subject = new ResourceReference($"Patient/{FhirIds.Format(plan.YouthId)}"),
            // The expected outcome of every GAS goal is level 0.
            Target = [new Goal.TargetComponent { Measure = new CodeableConcept { Text = "GAS-niveau (-2 tot +2)" }, Detail = new Integer(0) }],
        };
        if (g.ProfessionalWording is not null) goal.Extension.Add(new Extension(ProfessionalWordingExtension, new FhirString(g.ProfessionalWording)));
        goal.Extension.Add(new Extension(GasWeightExtension, new FhirDecimal((decimal)g.Weight)));
        for (var i = 0; i < g.Levels.Length; i++)
            goal.Extension.Add(Complex(GasLevelExtension,
                ("level", new Integer(GoalScore.MinLevel + i)), ("description", new FhirString(g.Levels[i]))));
        foreach (var s in g.Scorings)
            goal.Extension.Add(Complex(GasScoringExtension,
                ("date", new Date(s.ScoredOn.ToString("yyyy-MM-dd"))), ("level", new Integer(s.Level)), ("occasion", new Code(Occasion(s.Moment)))));
        return goal;
    }

    static string Occasion(ScoringMoment moment) => moment switch
    {
        ScoringMoment.Start => "start",
        ScoringMoment.Evaluation => "evaluation",
        _ => "end",
    };

    static Extension Complex(string url, params (string Url, DataType Value)[] parts)
    {
        var extension = new Extension { Url = url };
        foreach (var (part, value) in parts) extension.Extension.Add(new Extension(part, value));
        return extension;
    }
}
