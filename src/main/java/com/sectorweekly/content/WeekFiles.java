package com.sectorweekly.content;

import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.MarketReview;
import com.sectorweekly.model.News;
import com.sectorweekly.model.WeekMeta;

/** The parsed files of one week, each still knowing where its values stand. */
record WeekFiles(
        YamlFile<Desk> desk,
        YamlFile<WeekMeta> meta,
        YamlFile<SegmentsFile> segments,
        YamlFile<CoreData> coreData,
        YamlFile<MarketReview> market,
        YamlFile<News> news,
        String folderName) {
}
