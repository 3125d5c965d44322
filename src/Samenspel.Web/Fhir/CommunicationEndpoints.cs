using Hl7.Fhir.Model;
using Samenspel.Web.Features.Messages;

namespace Samenspel.Web.Fhir;

/// <summary>Messages as FHIR <c>Communication</c> and carers' requests as <c>CommunicationRequest</c>, for whoever may
/// read the youth's Messages, with the same thread rule as the pages: the care team reads everything, a carer or the
/// youth only their own thread and their own requests; dated authority hides what was written before it.</summary>
static class CommunicationEndpoints
{
    public const string ThreadSystem = "https://samenspel.nl/fhir/NamingSystem/message-thread";
    public const string NeedsAnswerExtension = "https://samenspel.nl/fhir/StructureDefinition/needs-answer";

    public static readonly SearchParameter[] Parameters =
    [
        new("subject", SearchParamType.Reference, "The youth: Patient/<id> or <id>.", "Patient"),
    ];

    public static void Map(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/Communication/{id}", ReadAsync).ForYouth(IdOf.Message, DataCategory.Messages);
        fhir.MapGet("/Communication", SearchAsync);
    }

    public static void MapRequests(RouteGroupBuilder fhir)
    {
        fhir.MapGet("/CommunicationRequest/{id}", ReadRequestAsync).ForYouth(IdOf.CarerRequest, DataCategory.Messages);
        fhir.MapGet("/CommunicationRequest", SearchRequestsAsync);
    }

    sealed record Row(Message Message, Guid MemberId, Guid TrajectoryId, string? StaffName, string MemberName, Guid? LinkId);

    static IQueryable<Row> Rows(SamenspelDb db, IQueryable<MessageThread> threads, IQueryable<Message> messages) =>
        threads.Join(messages, th => th.Id, m => m.ThreadId, (th, m) => new Row(m, th.MemberId, th.TrajectoryId,
            db.Staff.Where(s => s.Id == m.SenderStaffId).Select(s => s.Name).FirstOrDefault(),
            th.Party == FamilyParty.Youth ? db.Youths.Where(y => y.Id == th.MemberId).Select(y => y.GivenName + " " + y.FamilyName).First()
                : db.Carers.Where(c => c.Id == th.MemberId).Select(c => c.Name).First(),
            db.CarerLinks.Where(l => l.YouthId == th.YouthId && l.CarerId == th.MemberId).Select(l => (Guid?)l.Id).FirstOrDefault()));

    static async Task<IResult> ReadAsync(string id, HttpContext http, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        var recordId = Guid.Parse(id); // checked by ForYouth
        var grant = http.Grant();
        var row = await Rows(db, db.MessageThreads.AsNoTracking().Where(th => th.YouthId == grant.YouthId).TakingPart(access.Viewer!),
            db.Messages.AsNoTracking().Where(m => m.Id == recordId)).SingleOrDefaultAsync(ct);
        return row is null || !grant[DataCategory.Messages].Shows(row.Message.SentOn, false) ? FhirResults.NotFound() : FhirResults.Resource(ToCommunication(row));
    }

    static async Task<IResult> SearchAsync(HttpRequest request, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (FhirSearch.TryParse(request, Parameters, out var search) is { } error) return error;
        var youths = await access.ReadableAsync(DataCategory.Messages, FhirAccess.Only(search.Reference("subject")), search.Count, ct);
        var decisions = youths.ToDictionary(y => y.YouthId, y => y.Decision);
        var ids = decisions.Keys.ToList();
        var rows = await Rows(db, db.MessageThreads.AsNoTracking().Where(th => ids.Contains(th.YouthId)).TakingPart(access.Viewer!),
            db.Messages.AsNoTracking()).ToListAsync(ct);
        return FhirResults.Searchset(request, rows.OrderBy(r => r.Message.SentAt).Where(r => decisions[r.Message.YouthId].Shows(r.Message.SentOn, false))
            .Take(search.Count).Select(Resource (r) => ToCommunication(r)).ToList());
    }

    static Communication ToCommunication(Row r)
    {
        var m = r.Message;
        ResourceReference member = m.Sender == MessageSender.Youth || r.LinkId is null
            ? new($"Patient/{FhirIds.Format(m.YouthId)}", r.MemberName)
            : new($"RelatedPerson/{FhirIds.Format(r.LinkId.Value)}", r.MemberName);
        var team = new ResourceReference($"CareTeam/{FhirIds.Format(r.TrajectoryId)}", "het team");
        var communication = new Communication
        {
            Id = FhirIds.Format(m.Id),
            Identifier = [new Identifier(ThreadSystem, FhirIds.Format(m.ThreadId))],
            Status = EventStatus.Completed,
            Subject = new ResourceReference($"Patient/{FhirIds.Format(m.YouthId)}"),
            SentElement = new FhirDateTime(m.SentAt),
            Sender = m.Sender == MessageSender.Team
                ? m.SenderStaffId is { } staff ? new ResourceReference($"Practitioner/{FhirIds.Format(staff)}", r.StaffName) : team
                : member,
            Recipient = [m.Sender == MessageSender.Team ? member : team],
            Payload = [new Communication.PayloadComponent { Content = new FhirString(m.Text) }],
        };
        if (m.Kind == MessageKind.Introduction) communication.Category = [new CodeableConcept { Text = "introductie nieuwe mentor" }];
        if (m.AttachmentName is not null)
            communication.Payload.Add(new Communication.PayloadComponent
            {
                Content = new Attachment { ContentType = m.AttachmentType, Title = m.AttachmentName, Url = $"/Messages/Attachment?youthId={m.YouthId}&id={m.Id}" },
            });
        communication.Extension.Add(new Extension(NeedsAnswerExtension, new FhirBoolean(m.NeedsAnswer)));
        return communication;
    }

    sealed record RequestRow(CarerRequest Request, string CarerName, Guid? LinkId, string? AnsweredBy);

    static IQueryable<RequestRow> RequestRows(SamenspelDb db, Viewer viewer, IQueryable<CarerRequest> requests) =>
        (viewer.Kind == AccountKind.Staff ? requests : requests.Where(r => r.CarerId == viewer.PersonId))
            .Select(r => new RequestRow(r, db.Carers.Where(c => c.Id == r.CarerId).Select(c => c.Name).First(),
                db.CarerLinks.Where(l => l.YouthId == r.YouthId && l.CarerId == r.CarerId).Select(l => (Guid?)l.Id).FirstOrDefault(),
                db.Staff.Where(s => s.Id == r.AnsweredByStaffId).Select(s => s.Name).FirstOrDefault()));

    static async Task<IResult> ReadRequestAsync(string id, HttpContext http, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        var recordId = Guid.Parse(id); // checked by ForYouth
        var row = await RequestRows(db, access.Viewer!, db.CarerRequests.AsNoTracking().Where(r => r.Id == recordId)).SingleOrDefaultAsync(ct);
        return row is null || !http.Grant()[DataCategory.Messages].Shows(row.Request.AsItem()) ? FhirResults.NotFound() : FhirResults.Resource(ToRequest(row));
    }

    static async Task<IResult> SearchRequestsAsync(HttpRequest request, YouthAccess access, SamenspelDb db, CancellationToken ct)
    {
        if (FhirSearch.TryParse(request, Parameters, out var search) is { } error) return error;
        var youths = await access.ReadableAsync(DataCategory.Messages, FhirAccess.Only(search.Reference("subject")), search.Count, ct);
        var decisions = youths.ToDictionary(y => y.YouthId, y => y.Decision);
        var ids = decisions.Keys.ToList();
        var rows = await RequestRows(db, access.Viewer!, db.CarerRequests.AsNoTracking().Where(r => ids.Contains(r.YouthId))).ToListAsync(ct);
        return FhirResults.Searchset(request, rows.OrderBy(r => r.Request.CreatedAt).Where(r => decisions[r.Request.YouthId].Shows(r.Request.AsItem()))
            .Take(search.Count).Select(Resource (r) => ToRequest(r)).ToList());
    }

    static CommunicationRequest ToRequest(RequestRow row)
    {
        var r = row.Request;
        var request = new CommunicationRequest
        {
            Id = FhirIds.Format(r.Id),
            // open and planned are both still to do (active); planned says so in statusReason; done is completed.
            Status = r.Status == CarerRequestStatus.Done ? RequestStatus.Completed : RequestStatus.Active,
            Category = [new CodeableConcept { Text = r.Kind switch { CarerRequestKind.Meeting => "gesprek", CarerRequestKind.Call => "telefoontje", _ => "informatie" } }],
            Subject = new ResourceReference($"Patient/{FhirIds.Format(r.YouthId)}"),
            Requester = row.LinkId is { } link ? new ResourceReference($"RelatedPerson/{FhirIds.Format(link)}", row.CarerName) : new ResourceReference { Display = row.CarerName },
            Recipient = [new ResourceReference($"CareTeam/{FhirIds.Format(r.TrajectoryId)}", "het team")],
            Payload = [new CommunicationRequest.PayloadComponent { Content = new FhirString(r.Text) }],
            AuthoredOnElement = new FhirDateTime(r.CreatedAt),
        };
        if (r.Status == CarerRequestStatus.Planned) request.StatusReason = new CodeableConcept { Text = "gepland" };
        if (r.PlannedOn is { } on) request.Occurrence = new FhirDateTime(on.ToString("yyyy-MM-dd"));
        if (r.Answer is not null)
            request.Note = [new Annotation { Text = new Markdown(r.Answer), Author = new FhirString(row.AnsweredBy ?? "het team"), TimeElement = r.AnsweredAt is { } at ? new FhirDateTime(at) : null }];
        return request;
    }
}
