"""Arabic (Modern Standard Arabic): the same keys as `en.py`, written right to left.

Lists use the Arabic comma (U+060C). "Story" is "مقال" and "actor" is
"جهة فاعلة", as Arabic news analysis writes them. Sentences are worded
without number agreement, so a count never needs Arabic's six plural forms.
"""

WORDS = {
    "colon": ": ",
    "list_separator": "، ",

    "date.day": "d MMMM y",
    "date.first_day": "d MMMM y",
    "date.month": "MMMM y",
    "date.year": "y",

    "label.sample": "تجريبي",
    "label.draft": "مسودة",
    "label.unnamed": "لا يذكره المقال",

    "kind.person": "شخص",
    "kind.organisation": "منظمة",
    "kind.armed-group": "جماعة مسلحة",
    "kind.state": "دولة",
    "kind.government": "حكومة",
    "kind.military": "قوات عسكرية",
    "kind.alliance": "تحالف",
    "relation.ally": "حليف",
    "relation.opponent": "خصم",
    "relation.member-of": "عضو في",
    "relation.leads": "يقود",
    "relation.part-of": "جزء من",
    "relation.other": "صلة",
    "inverse.member-of": "من أعضائه",
    "inverse.leads": "بقيادة",
    "inverse.part-of": "يضم",

    "banner.sample_story.lead": "مقال تجريبي.",
    "banner.sample_story.text": "كُتب هذا المقال لعرض أداة الشرح. ليس خبرًا، والأشخاص والأحداث الواردة فيه "
                                "ليست تغطية صحفية حقيقية.",
    "banner.draft_story.lead": "مسودة.",
    "banner.draft_story.text": "لم يُراجَع هذا المقال للنشر بعد؛ والبناء الصارم يرفض نشره.",
    "banner.sample_entry.lead": "تجريبي.",
    "banner.sample_entry.text": "لا يرد هذا المدخل إلا في مقالات تجريبية كُتبت لعرض أداة الشرح. ليس خبرًا.",
    "banner.draft_entry.lead": "مسودة.",
    "banner.draft_entry.text": "أعدّت أداة الاستيراد هذا المدخل، ولم يُراجَع بعد.",

    "heading.key_figures": "أرقام رئيسية",
    "heading.article": "نص المقال",
    "heading.editors_notes": "ملاحظات المحررين",
    "heading.whos_who": "من هو من",
    "heading.quotes": "اقتباسات",
    "heading.timeline": "التسلسل الزمني",
    "heading.map": "الخريطة",
    "heading.relations": "من مع من",
    "heading.places": "الأماكن",
    "heading.terms": "المصطلحات",
    "heading.sources": "المصادر",
    "heading.corrections": "تصحيحات",
    "heading.background": "خلفية",
    "heading.in_the_stories": "في المقالات",
    "heading.what_they_said": "التصريحات",
    "heading.mentioned_in": "مواضع الذكر",
    "heading.related_actors": "جهات ذات صلة",

    "story.published": "نُشر في ",
    "story.topics": "المواضيع: ",

    "source.one": "المصدر: ",
    "source.many": "المصادر: ",
    "source.article": "المقال: ",

    "figure.derived": "كيف استُنتج: ",
    "figure.where": "موضعه في المقال",
    "conflict.both": "يورد المقال الرقمين، ونعرضهما معًا.",

    "quote.unnamed_speaker": "— لا يذكر المقال اسم المتحدث.",
    "quote.attribution_source": "مصدر النسبة: ",
    "quote.marks": "«{text}»",  # a quotation, or an excerpt, in the language's quotation marks
    "quote.in_context": "في سياقه",
    "attribution.editor": "لا يذكر المقال اسم المتحدث؛ المحررون هم من نسبوا إليه الاقتباس.",
    "attribution.unknown": "لا يذكر المقال اسم المتحدث.",

    "note.marker": "ملاحظة {n}",
    "note.marker_label": "ملاحظة المحررين {n}",
    "note.back": "العودة إلى الجملة",

    "actor.also_written": "يُكتب أيضًا: ",
    "actor.as_of": "محدّث حتى ",

    "place.also_written": "(يُكتب أيضًا {names})",
    "place.named_in": "ورد في: ",
    "coordinates.north": "شمالًا",
    "coordinates.south": "جنوبًا",
    "coordinates.east": "شرقًا",
    "coordinates.west": "غربًا",

    "stories.title": "كل المقالات",
    "stories.description": "كل مقالات الموقع، من الأحدث إلى الأقدم.",
    "stories.none": "لا مقالات بعد.",
    "stories.all": "كل المقالات ({n})",
    "actors.title": "الجهات الفاعلة",
    "actors.description": "كل الأشخاص والمنظمات والدول والجماعات الواردة في المقالات.",
    "glossary.title": "مسرد المصطلحات",
    "glossary.description": "المصطلحات المستخدمة في المقالات، مع تعريفاتها.",
    "glossary.also": "أيضًا: ",
    "glossary.see": "انظر ",
    "glossary.used_in": "ورد في: ",
    "glossary.other": "أخرى",  # the heading of terms with no letter or digit
    "places.title": "الأماكن",
    "places.description": "الأماكن المذكورة في المقالات.",

    "errors.title": "أخطاء في المحتوى",
    "errors.count": "عدد المشكلات في المحتوى: {n}.",
    "errors.fix": "صحّحها واحفظ الملف: تُحمَّل هذه الصفحة من جديد تلقائيًا.",

    "reference.title": "حقول صحيفة الوقائع",
    "reference.description": "كل حقل من حقول صحيفة الوقائع، وما يحتويه، وهل هو إلزامي.",
    "reference.intro": "كل الحقول التي يمكن أن يحتويها ملف facts.yml. تُولَّد هذه الصفحة من قواعد المولّد نفسها، "
                       "فهي دائمًا مطابقة لما تطبّقه عمليات التحقق. أي مفتاح غير معروف خطأ.",
    "reference.field": "الحقل",
    "reference.holds": "المحتوى",
    "reference.required": "إلزامي",
    "reference.meaning": "المعنى",
    "reference.yes": "نعم",
    "reference.for_definition": "عند التعريف",

    "not_found.title": "الصفحة غير موجودة",
    "not_found.text": "هذه الصفحة غير موجودة، أو نُقلت إلى مكان آخر.",
    "not_found.hint": "تحمل صفحة كل مقال اسم مجلده في {content}، وتحمل صفحة كل جهة فاعلة معرّفها.",
    "not_found.stories": "المقالات، من الأحدث إلى الأقدم",
    "not_found.actors": "كل الجهات الفاعلة",
    "not_found.glossary": "مسرد المصطلحات",
    "not_found.search": "أو ابحث عن اسم، بأي طريقة من طرق كتابته، في خانة البحث أعلاه.",

    "script.table_scrolls": "جدول، يُمرَّر أفقيًا",

    # من هو من: مجموعة لكل نوع من الأطراف.
    "group.person": "أشخاص",
    "group.organisation": "منظمات",
    "group.government": "حكومات",
    "group.state": "دول",
    "group.military": "قوات عسكرية",
    "group.armed-group": "جماعات مسلحة",
    "group.alliance": "تحالفات",

    "story.facts_as_of": "معلومات المقال محدّثة حتى ",
    "story.backgrounds": "نبذات الأطراف",
    "story.backgrounds_as_of": "{backgrounds} محدّثة كلٌّ بتاريخه، حتى {date}",
    "actor.as_of_paren": "(محدّث حتى {date})",

    "figure.alternatives": "{values} أو {last}",
    "figure.about": "يخص: ",
    "figure.derived_value": "كيف استُنتج {value}: ",
    "figure.notes": "ملاحظات",
    "figure.in_the_article": "في المقال",
    "figure.why_two": "لماذا رقمان",
    "figure.why_several": "لماذا عدة أرقام",

    "topics.title": "المواضيع",
    "topics.description": "مواضيع المقالات، ولكل موضوع مقالاته.",
    "topics.none": "لا مواضيع بعد.",
    "topics.count": "({n})",
    "topics.about": "مقالات عن {name}.",
    "topics.more_about": "المزيد عن {name}.",
    "topics.stories": "المقالات",
    "topics.all": "كل المواضيع",

    # Paged lists and pages split by initial (pages/paging.py, indexes.py).
    "heading.all_stories": "كل المقالات",
    "paging.label": "المقالات، الأحدث أولًا",
    "paging.count": "{n} مقالة، الأحدث أولًا:",
    "paging.more": "(+{n} أقدم)",
    "archive.title": "{name}: مقالات من {start} إلى {end}",
    "archive.lead": "مقالات أقدم تذكر {name}.",
    "initials.all": "الكل تحت {letter}",
    "initials.back": "كل الحروف",
    "letter.title": "{page}: {letter}",
    "letter.description": "مداخل مصنفة تحت {letter}.",
}
