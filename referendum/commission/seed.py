"""The six people the Ministry of Foreign Affairs report of 17 February 2026 names, with the roles and
positions it gives. Names in their official Kazakh and Russian spellings. No biographies or photos: the seed
has none."""

from .models import Member

MEMBERS = [
    {
        "slug": "elvira-azimova",
        "role": Member.Role.CHAIRPERSON,
        "order": 1,
        "full_name_kk": "Эльвира Әзімова",
        "full_name_ru": "Эльвира Азимова",
        "full_name_en": "Elvira Azimova",
        "position_kk": "Конституциялық Сот Төрағасы",
        "position_ru": "Председатель Конституционного Суда",
        "position_en": "Head of the Constitutional Court",
    },
    {
        "slug": "yerlan-sarsembayev",
        "role": Member.Role.MEMBER,
        "order": 10,
        "full_name_kk": "Ерлан Сәрсембаев",
        "full_name_ru": "Ерлан Сарсембаев",
        "full_name_en": "Yerlan Sarsembayev",
        "position_kk": "Әділет министрі",
        "position_ru": "Министр юстиции",
        "position_en": "Minister of Justice",
    },
    {
        "slug": "bakyt-nurmukhanov",
        "role": Member.Role.MEMBER,
        "order": 20,
        "full_name_kk": "Бақыт Нұрмұханов",
        "full_name_ru": "Бакыт Нурмуханов",
        "full_name_en": "Bakyt Nurmukhanov",
        "position_kk": "Конституциялық Сот Төрағасының орынбасары",
        "position_ru": "Заместитель Председателя Конституционного Суда",
        "position_en": "Deputy Chairperson of the Constitutional Court",
    },
    {
        "slug": "artur-lastayev",
        "role": Member.Role.MEMBER,
        "order": 30,
        "full_name_kk": "Артур Ластаев",
        "full_name_ru": "Артур Ластаев",
        "full_name_en": "Artur Lastayev",
        "position_kk": "Адам құқықтары жөніндегі уәкіл",
        "position_ru": "Уполномоченный по правам человека",
        "position_en": "Human Rights Commissioner",
    },
    {
        "slug": "arman-issetov",
        "role": Member.Role.MEMBER,
        "order": 40,
        "full_name_kk": "Арман Исетов",
        "full_name_ru": "Арман Исетов",
        "full_name_en": "Arman Issetov",
        "position_kk": "Сыртқы істер министрінің орынбасары",
        "position_ru": "Заместитель министра иностранных дел",
        "position_en": "Deputy Minister of Foreign Affairs",
    },
    {
        "slug": "madi-myrzagarayev",
        "role": Member.Role.MEMBER,
        "order": 50,
        "full_name_kk": "Мәди Мырзағараев",
        "full_name_ru": "Мади Мырзагараев",
        "full_name_en": "Madi Myrzagarayev",
        "position_kk": "Республикалық адвокаттар алқасының төрағасы",
        "position_ru": "Председатель Республиканской коллегии адвокатов",
        "position_en": "Chairperson of the Republican Bar Association",
    },
]


def load():
    created = 0
    for values in MEMBERS:
        fields = dict(values)
        _member, was_created = Member.objects.get_or_create(slug=fields.pop("slug"), defaults=fields)
        created += was_created
    return created
