using Hl7.Fhir.Model;
using Samenspel.Domain.Register;

namespace Samenspel.Web.Fhir;

public sealed record PatientRow(Guid Id, string GivenName, string FamilyName, DateOnly BirthDate, Guid OrganisationId, string? OrganisationName);

public sealed record RelatedPersonRow(Guid Id, Guid YouthId, CarerPosition Position, bool CourtAppointed, string Name, string Email, string? Phone);

public sealed record PractitionerRow(Guid Id, string Name, string Email);

public sealed record CareTeamMemberRow(Guid StaffMemberId, string Name, StaffRole Role);

public sealed record CareTeamRow(Guid Id, Guid YouthId, DateOnly StartDate, DateOnly ExpectedEndDate, IReadOnlyList<CareTeamMemberRow> Members);

/// <summary>The model as FHIR R4 resources. Callers decide what may be shown; these functions only translate.</summary>
public static class FhirMapping
{
    /// <summary>Whether the carer holds parental authority (gezag) over the patient.</summary>
    public const string ParentalAuthorityExtension = "https://samenspel.nl/fhir/StructureDefinition/parental-authority";

    const string RoleCodes = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";

    public static Patient ToPatient(PatientRow y) => new()
    {
        Id = FhirIds.Format(y.Id),
        Name = [new HumanName { Use = HumanName.NameUse.Official, Given = [y.GivenName], Family = y.FamilyName, Text = $"{y.GivenName} {y.FamilyName}" }],
        BirthDate = y.BirthDate.ToString("yyyy-MM-dd"),
        ManagingOrganization = new ResourceReference($"Organization/{FhirIds.Format(y.OrganisationId)}", y.OrganisationName),
    };

    /// <param name="withTelecom">contact details are for staff only</param>
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
        _ => "functioneel beheerder",
    };
}
