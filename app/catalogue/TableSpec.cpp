#include "catalogue/TableSpec.h"

namespace dalil {

const Column* TableSpec::column(const QString& name) const
{
    for (const Column& c : columns) {
        if (name == QLatin1String(c.name)) {
            return &c;
        }
    }
    return nullptr;
}

namespace tables {

using T = ColumnType;

const TableSpec& vocabulary()
{
    static const TableSpec spec{"vocabulary",
                                {{"kind", T::Text},
                                 {"code", T::Text},
                                 {"label_ar", T::Text},
                                 {"label_en", T::Text},
                                 {"label_fr", T::Text},
                                 {"sort_order", T::Integer}}};
    return spec;
}

const TableSpec& organisation()
{
    static const TableSpec spec{"organisation",
                                {{"name_ar", T::Text},
                                 {"name_en", T::Text},
                                 {"name_fr", T::Text},
                                 {"acronym", T::Text},
                                 {"type", T::Text},
                                 {"sectors", T::List},
                                 {"countries", T::List},
                                 {"description_ar", T::Text},
                                 {"description_en", T::Text},
                                 {"founded", T::Integer},
                                 {"website", T::Text},
                                 {"registration_id", T::Text},
                                 {"languages", T::List},
                                 {"source", T::Text, false},
                                 {"workspace", T::Text, false}}};
    return spec;
}

const TableSpec& location()
{
    static const TableSpec spec{"location",
                                {{"organisation_id", T::Reference, false},
                                 {"name_ar", T::Text},
                                 {"name_en", T::Text},
                                 {"country", T::Text},
                                 {"admin1", T::Text},
                                 {"admin1_pcode", T::Text},
                                 {"admin2", T::Text},
                                 {"admin2_pcode", T::Text},
                                 {"city", T::Text},
                                 {"lat", T::Real},
                                 {"lon", T::Real}},
                                "organisation_id"};
    return spec;
}

const TableSpec& contact()
{
    static const TableSpec spec{"contact",
                                {{"organisation_id", T::Reference, false},
                                 {"name", T::Text},
                                 {"role", T::Text},
                                 {"emails", T::List},
                                 {"phones", T::List},
                                 {"languages", T::List},
                                 {"private", T::Bool}},
                                "organisation_id"};
    return spec;
}

const TableSpec& membership()
{
    static const TableSpec spec{"membership",
                                {{"network_id", T::Reference, false},
                                 {"member_id", T::Reference, false},
                                 {"role", T::Text},
                                 {"since", T::Text},
                                 {"until", T::Text}},
                                "network_id"};
    return spec;
}

const TableSpec& partnership()
{
    static const TableSpec spec{"partnership",
                                {{"org_a", T::Reference, false},
                                 {"org_b", T::Reference, false},
                                 {"kind", T::Text},
                                 {"since", T::Text},
                                 {"until", T::Text},
                                 {"note", T::Text}},
                                "org_a"};
    return spec;
}

const TableSpec& funding()
{
    static const TableSpec spec{"funding",
                                {{"donor_id", T::Reference},
                                 {"title_ar", T::Text},
                                 {"title_en", T::Text},
                                 {"description_ar", T::Text},
                                 {"description_en", T::Text},
                                 {"amount_min", T::Real},
                                 {"amount_max", T::Real},
                                 {"currency", T::Text},
                                 {"deadline", T::Text},
                                 {"deadline_tz", T::Text},
                                 {"deadline_utc", T::Text, false},
                                 {"countries", T::List},
                                 {"applicant_types", T::List},
                                 {"sectors", T::List},
                                 {"languages", T::List},
                                 {"link", T::Text},
                                 {"status", T::Text}}};
    return spec;
}

const TableSpec& resource()
{
    static const TableSpec spec{"resource",
                                {{"publisher_id", T::Reference},
                                 {"title_ar", T::Text},
                                 {"title_en", T::Text},
                                 {"kind", T::Text},
                                 {"year", T::Integer},
                                 {"languages", T::List},
                                 {"sectors", T::List},
                                 {"countries", T::List},
                                 {"link", T::Text},
                                 {"local_file", T::Text},
                                 {"summary_ar", T::Text},
                                 {"summary_en", T::Text}}};
    return spec;
}

const TableSpec& event()
{
    static const TableSpec spec{"event",
                                {{"organiser_id", T::Reference},
                                 {"title_ar", T::Text},
                                 {"title_en", T::Text},
                                 {"description_ar", T::Text},
                                 {"description_en", T::Text},
                                 {"start_utc", T::Text},
                                 {"end_utc", T::Text},
                                 {"tz", T::Text},
                                 {"venue", T::Text},
                                 {"online_link", T::Text},
                                 {"country", T::Text},
                                 {"city", T::Text},
                                 {"lat", T::Real},
                                 {"lon", T::Real},
                                 {"languages", T::List}}};
    return spec;
}

const TableSpec& eventSession()
{
    static const TableSpec spec{"event_session",
                                {{"event_id", T::Reference, false},
                                 {"title_ar", T::Text},
                                 {"title_en", T::Text},
                                 {"start_utc", T::Text},
                                 {"end_utc", T::Text},
                                 {"language", T::Text}},
                                "event_id"};
    return spec;
}

const std::vector<const TableSpec*>& all()
{
    static const std::vector<const TableSpec*> list = {
        &vocabulary(),  &organisation(), &location(), &contact(), &membership(),
        &partnership(), &funding(),      &resource(), &event(),   &eventSession()};
    return list;
}

const TableSpec* byName(const QString& table)
{
    for (const TableSpec* spec : all()) {
        if (table == QLatin1String(spec->table)) {
            return spec;
        }
    }
    return nullptr;
}

} // namespace tables

} // namespace dalil
