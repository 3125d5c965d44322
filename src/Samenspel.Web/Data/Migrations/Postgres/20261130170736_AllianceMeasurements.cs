using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspel.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AllianceMeasurements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MeasureFirstByContact",
                table: "Teams",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MeasureFirstFromContact",
                table: "Teams",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MeasureFirstWithinWeeks",
                table: "Teams",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MeasureMidwayMarginWeeks",
                table: "Teams",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MeasureMinimumIntervalWeeks",
                table: "Teams",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Measurements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrajectoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Measurements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Measurements_InstrumentVersions_InstrumentVersionId",
                        column: x => x.InstrumentVersionId,
                        principalTable: "InstrumentVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Measurements_Staff_CreatedBy",
                        column: x => x.CreatedBy,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Measurements_Trajectories_TrajectoryId",
                        column: x => x.TrajectoryId,
                        principalTable: "Trajectories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Measurements_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Responses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeasurementId = table.Column<Guid>(type: "uuid", nullable: false),
                    FormId = table.Column<Guid>(type: "uuid", nullable: false),
                    Respondent = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    RespondentPersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EnteredBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Responses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Responses_Measurements_MeasurementId",
                        column: x => x.MeasurementId,
                        principalTable: "Measurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Responses_QuestionnaireForms_FormId",
                        column: x => x.FormId,
                        principalTable: "QuestionnaireForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Responses_Staff_EnteredBy",
                        column: x => x.EnteredBy,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Responses_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ResponseAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    YouthId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ValueSystem = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ValueCode = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ValueDisplay = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ValueString = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ValueInteger = table.Column<int>(type: "integer", nullable: true),
                    ValueBoolean = table.Column<bool>(type: "boolean", nullable: true),
                    Ordinal = table.Column<decimal>(type: "numeric(18,6)", precision: 18, scale: 6, nullable: true),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResponseAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ResponseAnswers_Responses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "Responses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_CreatedBy",
                table: "Measurements",
                column: "CreatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_InstrumentVersionId",
                table: "Measurements",
                column: "InstrumentVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_TrajectoryId_PlannedOn",
                table: "Measurements",
                columns: new[] { "TrajectoryId", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Measurements_YouthId_PlannedOn",
                table: "Measurements",
                columns: new[] { "YouthId", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ResponseAnswers_ResponseId_LinkId",
                table: "ResponseAnswers",
                columns: new[] { "ResponseId", "LinkId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Responses_EnteredBy",
                table: "Responses",
                column: "EnteredBy");

            migrationBuilder.CreateIndex(
                name: "IX_Responses_FormId",
                table: "Responses",
                column: "FormId");

            migrationBuilder.CreateIndex(
                name: "IX_Responses_MeasurementId_FormId_RespondentPersonId",
                table: "Responses",
                columns: new[] { "MeasurementId", "FormId", "RespondentPersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Responses_RespondentPersonId_Status",
                table: "Responses",
                columns: new[] { "RespondentPersonId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Responses_SubmissionId",
                table: "Responses",
                column: "SubmissionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Responses_YouthId_Status",
                table: "Responses",
                columns: new[] { "YouthId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ResponseAnswers");

            migrationBuilder.DropTable(
                name: "Responses");

            migrationBuilder.DropTable(
                name: "Measurements");

            migrationBuilder.DropColumn(
                name: "MeasureFirstByContact",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "MeasureFirstFromContact",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "MeasureFirstWithinWeeks",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "MeasureMidwayMarginWeeks",
                table: "Teams");

            migrationBuilder.DropColumn(
                name: "MeasureMinimumIntervalWeeks",
                table: "Teams");
        }
    }
}
